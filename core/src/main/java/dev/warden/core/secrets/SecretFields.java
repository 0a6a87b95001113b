package dev.warden.core.secrets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.warden.InvalidInputException;
import dev.warden.secrets.SecretNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads one field of a secret whose value is a JSON object (RFC 8259), as the cloud secret managers store
 * credentials: {@code {"username": "app", "password": "...", "port": 5432}}. A reference names the field after
 * {@code #}, for example {@code aws-sm:prod/db#password}.
 *
 * <p>No message quotes the secret: a parse error says only that the value is not a JSON object, since the parser's
 * own message would quote what it read.
 */
public final class SecretFields {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SecretFields() {
    }

    /**
     * @param value the secret's value, UTF-8 JSON text; not modified
     * @param field the member name to read
     * @param what names the secret in messages, e.g. {@code "aws-sm secret prod/db"}; never a value
     * @return the member's value as UTF-8 bytes: a string's text, or a number's or boolean's JSON text
     * @throws InvalidInputException if the value is not a JSON object, or the member is null, an object or an array
     * @throws SecretNotFoundException if the object has no such member
     */
    public static byte[] field(byte[] value, String field, String what) {
        JsonNode root;
        try {
            root = JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw notAnObject(field, what);
        } catch (IOException e) {
            throw notAnObject(field, what);
        }
        if (root == null || !root.isObject()) {
            throw notAnObject(field, what);
        }
        JsonNode member = root.get(field);
        if (member == null) {
            throw new SecretNotFoundException(what + ": the JSON value has no field '" + field
                    + "'; check the name after '#' (field names are case-sensitive)");
        }
        if (!member.isValueNode() || member.isNull()) {
            throw new InvalidInputException(what + ": field '" + field
                    + "' is not a text, number or boolean; name a field that holds one");
        }
        return member.asText().getBytes(StandardCharsets.UTF_8);
    }

    private static InvalidInputException notAnObject(String field, String what) {
        return new InvalidInputException(what + ": the value is not a JSON object, so field '" + field
                + "' cannot be read; drop '#" + field + "' to read the whole value");
    }
}
