package dev.warden;

/**
 * Input data or an argument is malformed: a value a transformation cannot take, a CSV row that does not parse, a reference that is not a valid URI.
 */
public class InvalidInputException extends WardenException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong and what to do; never a secret or personal value
     */
    public InvalidInputException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and what to do; never a secret or personal value
     * @param cause the underlying failure
     */
    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
