package com.careervault.devstack;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands the JVM's shared {@link DevStack} to test constructors and methods:
 * {@code @ExtendWith(DevStackExtension.class)} and a {@code DevStack} parameter.
 * The stack starts once per JVM, however many test classes ask for it.
 * When Testcontainers backends are requested and no Docker engine runs, the
 * tests are skipped, not failed.
 */
public final class DevStackExtension implements ParameterResolver, ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (DevStack.inContainers() && !ContainerBackends.dockerAvailable()) {
            return ConditionEvaluationResult.disabled("Testcontainers backends requested (-D"
                    + DevStack.BACKENDS_PROPERTY + "=testcontainers) but no Docker engine is available");
        }
        return ConditionEvaluationResult.enabled("the devstack can run here");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DevStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return DevStack.shared();
    }
}
