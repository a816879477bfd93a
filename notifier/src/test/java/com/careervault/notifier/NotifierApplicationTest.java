package com.careervault.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@OnTheDevStack
class NotifierApplicationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void startsAgainstTheDevstack() {
        assertThat(context.getEnvironment().getProperty("spring.kafka.bootstrap-servers")).startsWith("127.0.0.1:");
        assertThat(context.getBeansOfType(NotifierApplication.class)).hasSize(1);
    }
}
