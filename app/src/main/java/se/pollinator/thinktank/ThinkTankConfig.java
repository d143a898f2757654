package se.pollinator.thinktank;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Think tanks' aggregate, registered by the kind itself rather than by the shared Axon configuration. */
@Configuration
public class ThinkTankConfig {

    @Bean
    public ConfigurerModule thinkTankAggregate() {
        return configurer -> configurer.configureAggregate(ThinkTank.class);
    }
}
