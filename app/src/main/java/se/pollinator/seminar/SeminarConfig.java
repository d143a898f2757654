package se.pollinator.seminar;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Seminars' aggregate, registered by the kind itself rather than by the shared Axon configuration. */
@Configuration
public class SeminarConfig {

    @Bean
    public ConfigurerModule seminarAggregate() {
        return configurer -> configurer.configureAggregate(Seminar.class);
    }
}
