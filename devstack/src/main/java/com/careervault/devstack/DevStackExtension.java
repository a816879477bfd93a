package com.careervault.devstack;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands the JVM's shared {@link DevStack} to test constructors and methods:
 * {@code @ExtendWith(DevStackExtension.class)} and a {@code DevStack} parameter.
 * The stack starts once per JVM, however many test classes ask for it.
 */
public final class DevStackExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DevStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return DevStack.shared();
    }
}
