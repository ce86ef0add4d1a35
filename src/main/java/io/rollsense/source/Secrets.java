package io.rollsense.source;

import java.util.regex.Pattern;

/**
 * Keeps secrets out of what the tool prints: a value given after {@code --password} (which is
 * refused, with a pointer to {@code --password-file}) and the password part of a URL's
 * {@code user:password@}. Stateless.
 */
public final class Secrets {
    private static final Pattern PASSWORD_OPTION = Pattern.compile("--password(=.*)?");

    private Secrets() {
    }

    /** True when the command line tries to pass a password directly ({@code --password X} or {@code --password=X}). */
    public static boolean passwordOnCommandLine(String[] args) {
        for (String a : args) {
            if (PASSWORD_OPTION.matcher(a).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The refusal of {@code --password}: it never repeats the value. */
    public static String passwordRefusal() {
        return "--password is not accepted: a password on the command line shows in ps and in shell history;"
                + " put it in a file readable only by you and pass --password-file FILE (or set $"
                + MqttSettings.PASSWORD_ENV + ")";
    }

    /**
     * {@code text} with every value that followed {@code --password} on the command line, and the
     * password of any {@code scheme://user:password@} URL, replaced by {@code ***}.
     */
    public static String redact(String text, String[] args) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (int i = 0; i < args.length; i++) {
            String secret = null;
            if (args[i].equals("--password") && i + 1 < args.length) {
                secret = args[i + 1];
            } else if (args[i].startsWith("--password=")) {
                secret = args[i].substring("--password=".length());
            }
            if (secret != null && !secret.isEmpty()) {
                out = out.replace(secret, "***");
            }
        }
        return MqttSettings.redact(out);
    }
}
