package io.rollsense.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version that Maven writes into {@code io/rollsense/version.properties}. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    /** The application version, or {@code "dev"} when run outside a build. */
    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("/io/rollsense/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"rollsense " + version()};
    }
}
