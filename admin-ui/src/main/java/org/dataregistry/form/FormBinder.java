package org.dataregistry.form;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import jakarta.validation.constraints.NotBlank;

/** Binders for the admin forms: Bean Validation rules apply in the form, with every required field marked. */
public final class FormBinder {

    /** Vaadin marks {@code @NotNull}, {@code @NotEmpty} and {@code @Size(min > 0)}; our rules say {@code @NotBlank}. */
    private static final RequiredFieldConfigurator REQUIRED = RequiredFieldConfigurator.DEFAULT.chain(
            (annotation, binding) -> annotation.annotationType().equals(NotBlank.class));

    private FormBinder() {}

    public static <T> BeanValidationBinder<T> of(Class<T> type) {
        BeanValidationBinder<T> binder = new BeanValidationBinder<>(type);
        binder.setRequiredConfigurator(REQUIRED);
        return binder;
    }
}
