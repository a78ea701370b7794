package dev.candor.internal.io;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.candor.model.TextItem;
import dev.candor.model.Visibility;
import java.io.IOException;
import org.yaml.snakeyaml.LoaderOptions;

/** The two configured Jackson mappers (JSON and YAML). Jackson never leaks into the public API. */
public final class Mappers {
  /** Deepest nesting accepted: a project is at most about 6 levels deep. */
  public static final int MAX_NESTING = 64;
  /** Longest string accepted, in characters. */
  public static final int MAX_STRING = 1_000_000;
  /** Largest document accepted, in bytes (chars for text): a large project is well under 1 MiB. */
  public static final int MAX_DOCUMENT = 16 * 1024 * 1024;
  /** Most YAML aliases accepted per document ("billion laughs" files fail fast). */
  public static final int MAX_YAML_ALIASES = 50;
  /** Longest number accepted, in digits. */
  public static final int MAX_NUMBER = 100;

  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING)
          .maxStringLength(MAX_STRING)
          .maxDocumentLength(MAX_DOCUMENT)
          .maxNumberLength(MAX_NUMBER)
          .build();

  public static final ObjectMapper JSON;
  public static final ObjectMapper YAML;

  static {
    JsonMapper.Builder jb = JsonMapper.builder();
    configure(jb);
    JSON = jb.build();
    JSON.getFactory().setStreamReadConstraints(LIMITS);

    YAMLFactory yf =
        YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            // Every string double-quoted: plain and block scalars cannot carry every string
            // unchanged (a leading '&', or NEL and LS line breaks, which YAML normalises to \n).
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .streamReadConstraints(LIMITS)
            .loaderOptions(loaderOptions())
            .build();
    YAMLMapper.Builder yb = YAMLMapper.builder(yf);
    configure(yb);
    YAML = yb.build();
  }

  private Mappers() {}

  private static LoaderOptions loaderOptions() {
    LoaderOptions o = new LoaderOptions();
    o.setNestingDepthLimit(MAX_NESTING);
    o.setCodePointLimit(MAX_DOCUMENT);
    o.setMaxAliasesForCollections(MAX_YAML_ALIASES);
    o.setAllowDuplicateKeys(false);
    return o;
  }

  private static void configure(com.fasterxml.jackson.databind.cfg.MapperBuilder<?, ?> b) {
    b.addModule(new JavaTimeModule());
    SimpleModule m = new SimpleModule("candor");
    m.addDeserializer(TextItem.class, new TextItemDeserializer());
    m.addSerializer(TextItem.class, new TextItemSerializer());
    b.addModule(m);
    b.visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);
    b.visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
    b.visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
    b.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    // Keep 1200.00 as written, so that read(write(p)).equals(p) holds for amounts.
    b.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    b.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    b.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    b.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    b.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    b.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);
    b.enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION);
    b.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    b.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    b.enable(SerializationFeature.INDENT_OUTPUT);
    b.defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
  }

  /** Writes a client-visible text item as a plain string, an internal one as an object. */
  static final class TextItemSerializer extends JsonSerializer<TextItem> {
    @Override
    public void serialize(TextItem value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      if (value.visibility() == Visibility.CLIENT) {
        gen.writeString(value.text());
      } else {
        gen.writeStartObject();
        gen.writeStringField("text", value.text());
        gen.writeStringField("visibility", value.visibility().name());
        gen.writeEndObject();
      }
    }
  }

  /** Reads a text item from a plain string or from an object with text and visibility. */
  static final class TextItemDeserializer extends JsonDeserializer<TextItem> {
    @Override
    public TextItem deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return TextItem.of(p.getText());
      }
      JsonNode n = ctxt.readTree(p);
      if (!n.isObject()) {
        return (TextItem) ctxt.handleUnexpectedToken(TextItem.class, p);
      }
      JsonNode text = n.get("text");
      if (text == null || !text.isTextual()) {
        throw ctxt.weirdStringException(String.valueOf(text), TextItem.class, "expected a 'text' string");
      }
      JsonNode vis = n.get("visibility");
      Visibility v =
          vis == null || vis.isNull() ? Visibility.CLIENT : Visibility.valueOf(vis.asText().toUpperCase(java.util.Locale.ROOT));
      return new TextItem(text.asText(), v);
    }
  }
}
