package watch.safeguarding.parser;



record Span(int start, int end) {
}
