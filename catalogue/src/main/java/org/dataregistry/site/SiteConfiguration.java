package org.dataregistry.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.dataregistry.translation.Language;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The public site's Spring MVC set-up: messages in English, Spanish and Russian, the language told by the path,
 * and {@link Language} and {@link Visitor} as controller arguments.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogueProperties.class)
class SiteConfiguration implements WebMvcConfigurer {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("catalogue/messages");
        messages.setDefaultEncoding("UTF-8");
        // Every language has every key (MessagesTest): a missing one must show, not fall back to the JVM's locale.
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new LanguagePathLocaleResolver();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new RequestFacts());
    }

    /** Resolves a controller's {@link Language} (from the path) and {@link Visitor} arguments. */
    private static final class RequestFacts implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Language.class || parameter.getParameterType() == Visitor.class;
        }

        @Override
        public Object resolveArgument(
                MethodParameter parameter,
                ModelAndViewContainer container,
                NativeWebRequest webRequest,
                WebDataBinderFactory binderFactory) {
            HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
            if (parameter.getParameterType() == Visitor.class) {
                return Visitor.of(request);
            }
            return LanguagePath.languageOf(LanguagePathLocaleResolver.pathOf(request));
        }
    }
}
