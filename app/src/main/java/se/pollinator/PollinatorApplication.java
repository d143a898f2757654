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

    // Set when the class loads, so that tests that start the app from it do the same.
    static {
        // Axon asks its vendor's server for updates unless told not to; this app calls no one.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        // Nor does it advertise the vendor's console among the start-up lines an operator reads.
        if (System.getProperty("disable-axoniq-console-message") == null) {
            System.setProperty("disable-axoniq-console-message", "true");
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(PollinatorApplication.class, args);
    }

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
