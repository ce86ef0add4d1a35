package io.rollsense.protocol;

/** Constants of wire protocol v1 (see {@code firmware-protocol/PROTOCOL.md}). */
public final class WireFormat {
    /** The protocol version this code speaks ({@code v=1} in the hello). */
    public static final int VERSION = 1;
    /** Longest accepted line in bytes, excluding the line terminator. */
    public static final int MAX_LINE_BYTES = 512;
    /** Prefix of a hello line. */
    public static final String HELLO_PREFIX = "#HELLO";
    /** MQTT topic root: {@code rollsense/<device>/hello|frames|status}. */
    public static final String MQTT_ROOT = "rollsense";

    private WireFormat() {
    }

    /** MQTT topic of a device's retained hello line. */
    public static String helloTopic(String deviceId) {
        return MQTT_ROOT + "/" + deviceId + "/hello";
    }

    /** MQTT topic of a device's frame batches (frame lines separated by {@code \n}). */
    public static String framesTopic(String deviceId) {
        return MQTT_ROOT + "/" + deviceId + "/frames";
    }

    /** MQTT topic of a device's retained {@code online}/{@code offline} status (last will). */
    public static String statusTopic(String deviceId) {
        return MQTT_ROOT + "/" + deviceId + "/status";
    }
}
