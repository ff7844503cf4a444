package watch.safeguarding.parser;



/** standing: given as the grade a council holds ("currently rated"), which a coordinated grade shares. */
record Status(boolean previous, Integer year, int newScore, boolean standing) {
}
