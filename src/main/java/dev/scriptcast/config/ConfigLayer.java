package dev.scriptcast.config;

/**
 * Where a setting came from, lowest precedence first: a value from a later layer replaces one from an earlier
 * layer, never the other way round, whatever order they are applied in.
 */
public enum ConfigLayer {
    DEFAULT, CONFIG_FILE, FRONT_MATTER, COMMAND_LINE
}
