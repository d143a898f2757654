package se.pollinator.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * How request bodies are read, beyond Spring Boot's settings: a {@code null} inside a list (an
 * id list, a café's tables) is a malformed request answered with a 400, never a null that a
 * command trips over later.
 */
@Configuration
class RequestJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer noNullsInLists() {
        JsonSetter.Value failOnNull = JsonSetter.Value.forContentNulls(Nulls.FAIL);
        return builder -> builder.postConfigurer(mapper -> {
            for (Class<?> type : List.of(Collection.class, List.class, Set.class)) {
                mapper.configOverride(type).setSetterInfo(failOnNull);
            }
        });
    }
}
