package dev.scriptcast.script;

/** One sentence of a paragraph, as written (markup already removed), with the script line of its paragraph. */
public record Sentence(String text, int line) {}
