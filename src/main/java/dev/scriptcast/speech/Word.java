package dev.scriptcast.speech;

/** A spoken word as written in the script, with the script line it came from. */
public record Word(String text, int scriptLine) {}
