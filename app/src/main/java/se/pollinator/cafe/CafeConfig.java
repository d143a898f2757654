package se.pollinator.cafe;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Cafés' aggregate, registered by the kind itself. */
@Configuration
public class CafeConfig {

    @Bean
    public ConfigurerModule cafeAggregate() {
        return configurer -> configurer.configureAggregate(Cafe.class);
    }
}
