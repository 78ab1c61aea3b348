package dev.scriptcast.server;

/** A request the API refuses: the status and one line naming the field, sent as {@code {"error": "..."}}. */
final class ApiError extends RuntimeException {
    private final int status;

    ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ApiError notFound(String id) {
        return new ApiError(404, "no render with id " + id);
    }
}
