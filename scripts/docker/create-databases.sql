-- one database per service, as on the build machines
create database catalog;
create database alert;
