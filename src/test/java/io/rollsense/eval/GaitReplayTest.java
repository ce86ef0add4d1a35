package io.rollsense.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GaitReplayTest {
    static Path dir() {
        return DataFolders.find("gaitpdb").orElseThrow(() -> new AssertionError("data/gaitpdb is missing from the repository"));
    }

    @Test
    void cadenceFollowsRealStrides() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir())) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        double worst = 0;
        double sum = 0;
        int count = 0;
        for (Path f : files) {
            for (boolean left : new boolean[] {true, false}) {
                GaitReplay.Result r = GaitReplay.run(f, left, 40);
                System.out.println(r);
                worst = Math.max(worst, r.meanAbsPctError());
                sum += r.meanAbsPctError();
                count++;
            }
        }
        assertTrue(worst <= 5, "worst mean abs cadence error " + worst + " %");
        assertTrue(sum / count <= 3, "pooled mean abs cadence error " + sum / count + " %");
    }
}
