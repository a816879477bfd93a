package com.careervault.enricher;

import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** AI insights into job postings, from the event log and back onto it ({@code careervault.job.enriched.v1}). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnricherApplication {

    /** Its configuration files are enricher.yml and enricher-{profile}.yml, so services can share a JVM. */
    public static final String CONFIG_NAME = "enricher";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(EnricherApplication.class)
                .properties(Map.of("spring.config.name", CONFIG_NAME));
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
