/**
 * Where live bytes come from: {@link io.rollsense.source.SerialSource} (jSerialComm; any path
 * including socat ptys; unplug and return on the same path), {@link io.rollsense.source.MqttSource}
 * (Paho v3; one device or {@code +}; automatic reconnect and resubscribe),
 * {@link io.rollsense.source.ReplaySource} (capture files), {@link io.rollsense.source.GeneratorSource}
 * / {@link io.rollsense.source.SimulatorSource} (the simulator, paced by device time), plus
 * {@link io.rollsense.source.MqttPublisher} (simulated devices on a broker) and
 * {@link io.rollsense.source.SerialPorts} (listing and probing).
 *
 * <p>Threads: each source reads on its own named thread ({@code source-...}) or Paho's callback
 * thread and hands raw bytes to a {@link io.rollsense.source.SourceListener} without blocking;
 * decoding and analysis happen in {@code io.rollsense.pipeline.Pipeline}. Errors: a lost port or broker
 * is a status change, never an exception into the pipeline; messages name the port, URI or file.
 */
package io.rollsense.source;
