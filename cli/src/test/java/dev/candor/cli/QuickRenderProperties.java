package dev.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import picocli.CommandLine;

/** Whatever {@link QuickRender} takes, picocli parses the same way. */
class QuickRenderProperties {
  private static final String[] TOKENS = {
    "-a", "--audience", "--all-audiences", "--audience-file", "-f", "--format", "-o", "--out", "--locale",
    "--overlay", "--previous", "--verbose", "--today", "-h", "--help", "-V", "--version", "--", "-x", "--unknown",
    "--out=dir", "--out=", "--format=pdf,md", "--audience=sponsor", "--all-audiences=true", "--today=2026-03-04",
    "--verbose=false", "-aexecutive", "-fpdf", "-o=dir", "-ohere", "--previous=prev.json", "--locale=de-DE",
    "executive", "sponsor", "executive,sponsor", "pdf", "pdf,md", "pdf,,md", ",pdf", "md,", ",", "\"pdf,md\"",
    "project.json", "other file.yaml", "schedule.mpp", "@args.txt", "-v", "2026-01-02", "2026-13-45", "",
    "out/dir", "a=b", "de-DE", "render", "help", "portfolio.json"
  };

  @Property(tries = 3000)
  void quickParse_agreesWithPicocli(@ForAll("args") List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add("render");
    all.addAll(rest);
    String[] args = all.toArray(String[]::new);
    RenderCommand quick = QuickRender.parse(args);
    Statistics.label("taken quickly").collect(quick != null);
    Statistics.label("taken quickly").coverage(c -> c.check(true).percentage(p -> p > 5));
    if (quick == null) {
      return; // picocli parses these; nothing to compare
    }
    CommandLine cl = CandorCommand.commandLine();
    cl.parseArgs(args); // must not throw: the quick path only takes what picocli accepts
    CandorCommand root = cl.getCommand();
    RenderCommand slow = cl.getSubcommands().get("render").getCommand();
    assertThat(describe(quick, quick.parent)).isEqualTo(describe(slow, root));
  }

  @Provide
  Arbitrary<List<String>> args() {
    return Arbitraries.of(TOKENS).list().ofMaxSize(8);
  }

  @Example
  void benchCommandLine_isTakenQuickly() {
    RenderCommand r = QuickRender.parse(new String[] {
      "render", "/tmp/x/project.json", "--audience", "executive", "--format", "pdf", "--out", "/tmp/x/out"
    });
    assertThat(r).isNotNull();
    assertThat(describe(r, r.parent))
        .isEqualTo("files=[/tmp/x/project.json] audience=[executive] all=false audienceFiles=[] format=[pdf]"
            + " out=/tmp/x/out locale=null overlay=null previous=null verbose=false today=null");
  }

  @Example
  void readmeCommandLine_isTakenQuickly() {
    assertThat(QuickRender.parse(new String[] {
      "render", "samples/data/project.json", "--previous", "samples/data/project-previous.json", "--all-audiences",
      "--format", "pdf,html,md", "--out", "out/"
    })).isNotNull();
  }

  @Example
  void helpVersionAndOtherCommands_goToPicocli() {
    assertThat(QuickRender.parse(new String[] {"render", "--help"})).isNull();
    assertThat(QuickRender.parse(new String[] {"render", "x.json", "-V"})).isNull();
    assertThat(QuickRender.parse(new String[] {"render"})).isNull();
    assertThat(QuickRender.parse(new String[] {"--verbose", "render", "x.json"})).isNull();
    assertThat(QuickRender.parse(new String[] {"validate", "x.json"})).isNull();
    assertThat(QuickRender.parse(new String[] {"render", "x.json", "--out", "a", "--out", "b"})).isNull();
  }

  @Example
  void quickAndPicocliRuns_writeTheSameReportsAndMessages() throws IOException {
    Path data = Cli.sampleData();
    Path tmp = Files.createTempDirectory("quick-render");
    String[] outcomes = new String[2];
    for (int k = 0; k < 2; k++) {
      Path out = tmp.resolve("out");
      String[] args = {
        "render", data.resolve("project.json").toString(), "--previous", data.resolve("project-previous.json").toString(),
        "-a", "executive,sponsor", "-f", "md", "--today", "2026-03-02", "--out", out.toString()
      };
      assertThat(QuickRender.parse(args)).isNotNull();
      Cli.Result r = k == 0 ? Cli.run(args) : Cli.picocli(args);
      StringBuilder b = new StringBuilder(r.exit() + "|" + r.out() + "|" + r.err());
      try (var files = Files.list(out)) {
        for (Path f : files.sorted().toList()) {
          b.append('|').append(f.getFileName()).append('=').append(Files.readString(f));
        }
      }
      outcomes[k] = b.toString();
      try (var files = Files.list(out)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
    }
    assertThat(outcomes[0]).startsWith("0|").contains("2 reports written").isEqualTo(outcomes[1]);
  }

  @Example
  void quickAndPicocliRuns_failAlike() {
    Path data = Cli.sampleData();
    String[][] cases = {
      {"render", data.resolve("project.json").toString(), "-a", "nobody", "-f", "md", "--out", "target/quick-fail"},
      {"render", data.resolve("missing.json").toString(), "-f", "md", "--out", "target/quick-fail"},
      {"render", data.resolve("project.json").toString(), "-f", "nope", "--out", "target/quick-fail"},
      {"render", data.resolve("project.json").toString(), "--locale", "not_a_locale!", "--out", "target/quick-fail"},
    };
    for (String[] args : cases) {
      assertThat(QuickRender.parse(args)).isNotNull();
      Cli.Result quick = Cli.run(args);
      Cli.Result slow = Cli.picocli(args);
      assertThat(quick.exit()).isNotZero();
      assertThat(quick).isEqualTo(slow);
    }
  }

  private static String describe(RenderCommand r, CandorCommand root) {
    ReportOptions o = r.options;
    return "files=" + r.files + " audience=" + o.audience + " all=" + o.allAudiences + " audienceFiles="
        + o.audienceFiles + " format=" + o.format + " out=" + o.out + " locale=" + o.locale + " overlay=" + o.overlay
        + " previous=" + r.previous + " verbose=" + root.verbose + " today=" + root.today;
  }
}
