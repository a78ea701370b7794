package dev.candor.bench;

import java.io.ByteArrayOutputStream;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Where each thread's report goes: one buffer per thread, emptied before every operation. */
@State(Scope.Thread)
public class Sink {
  /** The buffer. */
  public final ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);

  /** The emptied buffer, ready for the next report. */
  public ByteArrayOutputStream fresh() {
    out.reset();
    return out;
  }
}
