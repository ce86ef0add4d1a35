/**
 * Application assembly: what a command's run is made of, below the command line and above the
 * stages. {@link io.rollsense.app.LiveOutputs} gives {@code live} and {@code demo} their listeners
 * in order (live window, JSON lines or console; a guided routine via
 * {@link io.rollsense.app.RoutineRun}; the audio coach; the recorder) and closes them;
 * {@link io.rollsense.app.StartCommands} runs the start window's buttons as commands. Imports every
 * package but {@code cli}; session, ui and report never import it.
 */
package io.rollsense.app;
