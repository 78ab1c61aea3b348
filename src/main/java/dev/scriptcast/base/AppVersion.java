package dev.scriptcast.base;

/** The application's version, recorded in reports and in cache keys. */
public final class AppVersion {
    public static final String VALUE = "0.1.0";

    private AppVersion() {
    }
}
