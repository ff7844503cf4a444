package watch.safeguarding.alert.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/** A whole-number parameter that does not convert is a 400 naming it; JAX-RS would answer a bare 404. */
@Provider
public class ParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Long.class && rawType != long.class) {
            return null;
        }
        String name = name(annotations);
        return (ParamConverter<T>) new ParamConverter<Long>() {
            @Override
            public Long fromString(String value) {
                try {
                    return value == null ? null : Long.valueOf(value.trim());
                } catch (NumberFormatException e) {
                    Problem problem = new Problem("about:blank", "Invalid request", 400, name + " must be a whole number", null,
                            Map.of(name, "must be a whole number, like 42"), null);
                    throw new WebApplicationException(Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build());
                }
            }

            @Override
            public String toString(Long value) {
                return String.valueOf(value);
            }
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return "parameter";
    }
}
