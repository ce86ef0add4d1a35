/**
 * Guided routines (docs/routines.md): the model ({@link io.rollsense.routine.Routine},
 * {@link io.rollsense.routine.RoutineStep}, validated records), the versioned YAML file format
 * ({@link io.rollsense.routine.RoutineFormat}, one {@link io.rollsense.routine.RoutineFileException}
 * naming file, line, field and what is allowed), the built-ins and the user's folder
 * ({@link io.rollsense.routine.RoutineLibrary}, the only class that reads files), and the judge
 * ({@link io.rollsense.routine.RoutineJudge}): pure, fed pressure fields and analysis events in
 * device time on one thread, it runs the steps and rests, announces them as
 * {@link io.rollsense.routine.RoutineEvent}s and gives each step a
 * {@link io.rollsense.routine.StepVerdict} and the routine a {@link io.rollsense.routine.RoutineResult}
 * ({@link io.rollsense.routine.RoutineJson} is their session-record form). Imports {@code core} and
 * {@code protocol} only.
 */
package io.rollsense.routine;
