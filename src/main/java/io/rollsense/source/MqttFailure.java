package io.rollsense.source;

import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * Names why a broker connection failed, in words a user can act on, and whether retrying can
 * help: a refused password or an untrusted certificate will not change by itself, an unreachable
 * broker may come back. Stateless.
 *
 * @param message   one line naming the broker and the cause ("not authorized", "certificate not trusted", ...)
 * @param permanent true when retrying cannot help (authentication, TLS certificate)
 */
public record MqttFailure(String message, boolean permanent) {

    /** Classifies a failed connect to {@code uri}. */
    public static MqttFailure of(MqttException e, String uri) {
        int code = e.getReasonCode();
        if (code == MqttException.REASON_CODE_FAILED_AUTHENTICATION || code == MqttException.REASON_CODE_NOT_AUTHORIZED) {
            return new MqttFailure("broker " + uri + " says not authorized: wrong or missing --user or password"
                    + " (--password-file)", true);
        }
        Throwable tls = find(e, SSLException.class);
        if (tls != null) {
            String detail = String.valueOf(deepest(tls).getMessage());
            if (find(e, CertPathValidatorException.class) != null || detail.contains("PKIX")
                    || detail.contains("unable to find valid certification path")) {
                return new MqttFailure("broker " + uri + ": certificate not trusted (give the CA that signed it with"
                        + " --ca-file)", true);
            }
            if (detail.contains("subject alternative") || detail.contains("No name matching")
                    || find(e, CertificateException.class) != null) {
                return new MqttFailure("broker " + uri + ": certificate does not match the host name (" + detail
                        + ")", true);
            }
            return new MqttFailure("broker " + uri + ": TLS handshake failed (" + detail + "); is it an ssl:// port?",
                    false);
        }
        Throwable root = deepest(e);
        String why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new MqttFailure("broker unreachable: " + uri + " (" + why + ")", false);
    }

    private static Throwable find(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return c;
            }
        }
        return null;
    }

    private static Throwable deepest(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }
}
