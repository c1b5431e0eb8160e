package org.recovery.web.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.recovery.core.boundary.BoundaryId;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.StageId;
import org.recovery.core.journey.BetrayalId;
import org.recovery.core.setback.SetbackId;

/**
 * The API's JSON: one strict mapper. Reading refuses unknown fields, duplicate keys, trailing
 * tokens and every coercion between types (a number where a string belongs, {@code "5"} where a
 * number belongs, {@code 1} for {@code true}) and any enum value but the exact name (no padding, no
 * other case); each refusal is a 400 naming the field. Writing gives ids as plain strings and dates
 * as ISO text.
 */
public final class Json {
  private static final ObjectMapper MAPPER = create();

  private Json() {}

  /** The shared mapper; configured once, safe to share. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** {@code value} written as JSON, as the API sends it. */
  public static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * Reads {@code body} as a {@code type}; an empty body reads as {@code {}}.
   *
   * @throws ApiError 400 naming the field when the body is not JSON, has an unknown field or a
   *     value of the wrong type
   */
  public static <T> T read(byte[] body, Class<T> type) {
    byte[] json = body.length == 0 ? new byte[] {'{', '}'} : body;
    try {
      T value = MAPPER.readValue(json, type);
      if (value == null) {
        throw ApiError.badField("body", "The request body must be a JSON object.");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      String field = path(e);
      throw ApiError.badField(field, "Unknown field '" + field + "'.");
    } catch (InvalidFormatException e) {
      String field = path(e);
      throw ApiError.badField(field, "Field '" + field + "' " + expected(e.getTargetType()) + ".");
    } catch (MismatchedInputException e) {
      String field = path(e);
      if (field.equals("body")) {
        throw ApiError.badField("body", "The request body must be a JSON object.");
      }
      throw ApiError.badField(field, "Field '" + field + "' " + expected(e.getTargetType()) + ".");
    } catch (JsonMappingException e) {
      String field = path(e);
      throw ApiError.badField(field, "Field '" + field + "' has a value that cannot be read.");
    } catch (JacksonException e) {
      throw ApiError.badField("body", "The request body is not valid JSON.");
    } catch (IOException e) {
      throw ApiError.badField("body", "The request body could not be read.");
    }
  }

  private static String path(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.length() == 0 ? "body" : out.toString();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "has the wrong type";
    }
    if (type.isEnum()) {
      return "must be one of "
          + Arrays.stream(type.getEnumConstants())
              .map(String::valueOf)
              .collect(Collectors.joining(", "));
    }
    if (type == Integer.class || type == int.class || type == Long.class) {
      return "must be a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    if (type == String.class) {
      return "must be a string";
    }
    if (type.isRecord()) {
      return "must be a JSON object";
    }
    return "must be " + type.getSimpleName().toLowerCase(Locale.ROOT);
  }

  private static ObjectMapper create() {
    SimpleModule ids = new SimpleModule("recovery-ids");
    for (Class<?> id :
        new Class<?>[] {
          JourneyId.class,
          PartnerId.class,
          CommitmentId.class,
          CheckInId.class,
          SetbackId.class,
          BoundaryId.class,
          BetrayalId.class,
          StageId.class
        }) {
      ids.addSerializer(id, ToStringSerializer.instance);
    }
    ids.setDeserializerModifier(new ExactEnums());
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(ids)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(32)
                .maxStringLength(100_000)
                .maxNumberLength(40)
                .build());
    for (LogicalType type : LogicalType.values()) {
      mapper
          .coercionConfigFor(type)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail);
    }
    return mapper;
  }
}
