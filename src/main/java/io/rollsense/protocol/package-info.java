/**
 * Wire protocol v1: the contract with devices ({@code firmware-protocol/PROTOCOL.md}).
 *
 * <pre>
 *  bytes (any chunking) ──► LineDecoder ──► DecodeListener
 *                             │ lines (\n or \r\n, ≤ 512 bytes)         onRawLine (every non-empty line)
 *                             ├ #HELLO ...  → HelloParser              onHello
 *                             ├ #...        → log                      onLog
 *                             ├ $...*CRC    → FrameParser (CRC first)  onFrame (+ dropped, via SequenceTracker)
 *                             └ anything else / rejected               onBadLine (category, detail, excerpt)
 *  FrameEncoder / HelloCodec write the same lines (simulator, tests, reference for firmware).
 * </pre>
 *
 * <p>Values: {@link io.rollsense.protocol.Hello} and {@link io.rollsense.protocol.Frame} records;
 * units are in the names (device time in ms, positions in mm, rate in Hz) and frame values are in
 * the hello's {@link io.rollsense.protocol.PressureUnit}. Threading: the value types, encoders and
 * {@link io.rollsense.protocol.Crc16} are immutable or stateless and thread-safe; a
 * {@link io.rollsense.protocol.LineDecoder} belongs to one source thread. Errors: bad input is
 * never an exception, it is a {@link io.rollsense.protocol.BadLine} counted by
 * {@link io.rollsense.protocol.BadLineCategory}; exceptions mean programmer errors (invalid
 * arguments to record constructors or encoders). This package imports nothing else of RollSense.
 */
package io.rollsense.protocol;
