package watch.safeguarding.catalog.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Whole-number parameters that do not convert are a 400 naming the parameter; JAX-RS would answer a bare 404, as if
 * the resource did not exist.
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Integer.class && rawType != int.class && rawType != Long.class && rawType != long.class) {
            return null;
        }
        String name = name(annotations);
        boolean isLong = rawType == Long.class || rawType == long.class;
        return (ParamConverter<T>) new ParamConverter<Number>() {
            @Override
            public Number fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return isLong ? Long.valueOf(value.trim()) : Integer.valueOf(value.trim());
                } catch (NumberFormatException e) {
                    throw new WebApplicationException(ProblemMappers.problem(400, "Invalid parameter",
                            name + ": '" + ProblemMappers.shorten(value) + "' is not a whole number"
                                    + (isLong ? "" : " up to " + Integer.MAX_VALUE) + ", e.g. " + name + "=20",
                            Map.of("parameter", name)));
                }
            }

            @Override
            public String toString(Number value) {
                return String.valueOf(value);
            }
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return "parameter";
    }
}
