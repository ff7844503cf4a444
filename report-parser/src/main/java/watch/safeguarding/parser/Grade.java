package watch.safeguarding.parser;



record Grade(int from, int to, String rating, boolean annualWord) {
}
