package org.procuredesk.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * JSON may escape half of a character ({@code "\ud800"}); no database keeps it (MySQL stores {@code ?}) and no JSON
 * answer can carry it back, so the REST API refuses such a text on its field, as a value of the wrong type.
 */
@Component
class WellFormedTexts extends SimpleModule {

    WellFormedTexts() {
        super("well-formed-texts");
        addDeserializer(String.class, new WholeCharacters());
    }

    private static final class WholeCharacters extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && !wellFormed(text)) {
                throw InvalidFormatException.from(parser, "A text with half a character", text, String.class);
            }
            return text;
        }

        private static boolean wellFormed(String text) {
            for (int i = 0; i < text.length(); i++) {
                char unit = text.charAt(i);
                if (Character.isHighSurrogate(unit) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(unit)) {
                    return false;
                }
            }
            return true;
        }
    }
}
