package com.careervault.api;

import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CommandApiApplication {

    /** Its configuration files are command-api.yml and command-api-{profile}.yml, so services can share a JVM. */
    public static final String CONFIG_NAME = "command-api";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(CommandApiApplication.class)
                .properties(Map.of("spring.config.name", CONFIG_NAME));
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
