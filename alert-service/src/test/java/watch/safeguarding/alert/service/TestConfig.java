package watch.safeguarding.alert.service;

import java.lang.reflect.Proxy;

import watch.safeguarding.alert.config.AlertConfig;

/** An AlertConfig for plain unit tests, answering only the secret key. */
final class TestConfig {

    private TestConfig() {
    }

    static AlertConfig secret() {
        return (AlertConfig) Proxy.newProxyInstance(AlertConfig.class.getClassLoader(), new Class<?>[] {AlertConfig.class}, (proxy, method, args) -> {
            if (method.getName().equals("secretKey")) {
                return "ZGV2LW9ubHktc2VjcmV0LWtleS1jaGFuZ2UtbWUtISE=";
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }
}
