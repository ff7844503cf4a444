package watch.safeguarding.parser;



record Area(int from, int to, String area) {
}
