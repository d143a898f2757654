package se.pollinator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/** Pollinator: an event-sourced hub for live retros and the learning they record. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PollinatorApplication {

    public static void main(String[] args) {
        // Axon asks its vendor's server for updates unless told not to; this app calls no one.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        SpringApplication.run(PollinatorApplication.class, args);
    }

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
