package dev.candor.render.html.internal;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.DefaultMustache;
import com.github.mustachejava.codes.PartialCode;
import com.github.mustachejava.reflect.SimpleObjectHandler;
import com.github.mustachejava.util.GuardException;
import com.github.mustachejava.util.Wrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The built-in templates compiled for speed: Mustache.java parses them (so whitespace and tags
 * are read exactly as it reads them), then the parsed template becomes a flat program of text
 * (pre-encoded UTF-8), values, sections and inverted sections, with partials inlined and every
 * name resolved to a {@link K} ordinal. Running it follows the semantics of Mustache.java with
 * the {@link SimpleObjectHandler} that {@link Templates} uses: scopes searched from the innermost
 * out, a map scope answers only for its keys, a string or boolean scope answers for members of its
 * class, sections iterate lists and push other truthy values, inverted sections render for null,
 * false, empty strings and empty collections. Anything outside the subset (lambdas, dotted names,
 * unescaped values, recursion, pragmas, inheritance) makes {@link #compile} return null, and the
 * caller keeps Mustache.java.
 *
 * <p>Immutable and thread-safe; each {@link #render} has its own output buffer and scope stack.
 */
public final class Program {
  private static final int TEXT = 0;
  private static final int VALUE = 1;
  private static final int SECTION = 2;
  private static final int INVERTED = 3;
  private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*|\\.");
  /** Mustache.java's handler, for the rare look-up that reaches a scope other than a node. */
  private static final Handler HANDLER = new Handler();

  private final Op[] ops;

  private Program(Op[] ops) {
    this.ops = ops;
  }

  /**
   * Compiles {@code rootName} (e.g. {@code "page"}) and its partials from the built-in templates,
   * read through {@code resolver}; null if a template uses a feature this compiler does not handle.
   *
   * @throws MustacheException if a template is missing or does not parse
   */
  public static @Nullable Program compile(String rootName, MustacheResolver resolver) {
    Factory factory = new Factory(resolver);
    try {
      Recorded root = (Recorded) factory.compile(rootName + ".mustache");
      List<Op> ops = new ArrayList<>();
      link(factory, root, ops, new ArrayDeque<>());
      return new Program(merge(ops));
    } catch (Unsupported e) {
      return null;
    }
  }

  /** Renders {@code model} to {@code out} as UTF-8 and flushes {@code out}. */
  public void render(Object model, OutputStream out) throws IOException {
    Run run = new Run(new ByteSink(out));
    run.push(model);
    run.exec(ops);
    run.sink.flush();
  }

  // ---- compiling ----

  /** Turns recorded items into ops, inlining partials. */
  private static void link(Factory factory, Recorded template, List<Op> out, Deque<String> partials) {
    for (Item item : template.items) {
      switch (item.kind) {
        case TEXT -> out.add(Op.text(encode(item.text)));
        case VALUE -> out.add(Op.value(item.name));
        case SECTION, INVERTED -> {
          List<Op> body = new ArrayList<>();
          link(factory, java.util.Objects.requireNonNull(item.body), body, partials);
          out.add(Op.section(item.kind, item.name, merge(body)));
        }
        default -> { // a partial
          if (partials.contains(item.name)) {
            throw new Unsupported(); // recursive partials: Mustache.java limits their depth
          }
          partials.push(item.name);
          link(factory, (Recorded) factory.compile(item.name), out, partials);
          partials.pop();
        }
      }
    }
  }

  /** Joins adjacent text ops. */
  private static Op[] merge(List<Op> ops) {
    List<Op> out = new ArrayList<>(ops.size());
    for (Op op : ops) {
      int last = out.size() - 1;
      if (op.kind == TEXT && last >= 0 && out.get(last).kind == TEXT) {
        byte[] a = out.get(last).text;
        byte[] joined = Arrays.copyOf(a, a.length + op.text.length);
        System.arraycopy(op.text, 0, joined, a.length, op.text.length);
        out.set(last, Op.text(joined));
      } else {
        out.add(op);
      }
    }
    return out.toArray(new Op[0]);
  }

  /** Template text as {@link Utf8Writer} encodes it. */
  private static byte[] encode(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() + 16);
    try (Utf8Writer w = new Utf8Writer(bytes)) {
      w.write(text.toCharArray(), 0, text.length());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** One instruction. */
  private static final class Op {
    final int kind;
    final byte[] text;
    final String name;
    /** The name's {@link K} ordinal, -1 if no node has it. */
    final int key;
    /** {@code {{.}}}: the innermost scope itself. */
    final boolean self;
    /**
     * Whether a string or a boolean scope answers for the name (then Mustache.java decides): 0 not
     * known yet, 1 no, 2 yes. Worked out on first need; racing threads store the same answer.
     */
    private byte onString;
    private byte onBoolean;
    final @Nullable Wrapper wrapper;
    final Op[] body;

    private Op(int kind, byte[] text, String name, Op[] body) {
      this.kind = kind;
      this.text = text;
      this.name = name;
      this.body = body;
      this.self = name.equals(".");
      K k = K.find(name);
      this.key = k == null ? -1 : k.ordinal();
      this.wrapper = kind != TEXT && !self ? HANDLER.find(name, null) : null;
    }

    boolean onString() {
      byte a = onString;
      if (a == 0) {
        a = HANDLER.answers(String.class, name) ? (byte) 2 : (byte) 1;
        onString = a;
      }
      return a == 2;
    }

    boolean onBoolean() {
      byte a = onBoolean;
      if (a == 0) {
        a = HANDLER.answers(Boolean.class, name) ? (byte) 2 : (byte) 1;
        onBoolean = a;
      }
      return a == 2;
    }

    static Op text(byte[] bytes) {
      return new Op(TEXT, bytes, "", new Op[0]);
    }

    static Op value(String name) {
      return new Op(VALUE, new byte[0], name, new Op[0]);
    }

    static Op section(int kind, String name, Op[] body) {
      return new Op(kind, new byte[0], name, body);
    }
  }

  // ---- running ----

  /** One render: the output and the scope stack. */
  private static final class Run {
    final ByteSink sink;
    Object[] stack = new Object[16];
    int depth;

    Run(ByteSink sink) {
      this.sink = sink;
    }

    void push(Object scope) {
      if (depth == stack.length) {
        stack = Arrays.copyOf(stack, depth * 2);
      }
      stack[depth++] = scope;
    }

    void pop() {
      stack[--depth] = null;
    }

    void exec(Op[] ops) throws IOException {
      for (Op op : ops) {
        switch (op.kind) {
          case TEXT -> sink.write(op.text);
          case VALUE -> {
            Object v = find(op);
            if (v != null) {
              if (v instanceof String s) {
                sink.escape(s);
              } else if (v instanceof Function || v instanceof Callable) {
                throw new IllegalStateException("Lambdas are not supported in compiled templates: " + op.name);
              } else {
                sink.escape(v.toString());
              }
            }
          }
          case SECTION -> section(op, find(op));
          default -> {
            if (falsey(find(op))) {
              exec(op.body);
            }
          }
        }
      }
    }

    /** The value of the op's name, as Mustache.java's simple object handler finds it. */
    @Nullable Object find(Op op) {
      if (op.self) {
        return depth == 0 ? null : stack[depth - 1];
      }
      int key = op.key;
      for (int i = depth - 1; i >= 0; i--) {
        Object scope = stack[i];
        if (scope instanceof Node n) {
          if (key >= 0) {
            Object v = n.raw(key);
            if (v != null) {
              return v == Node.NULL ? null : v;
            }
          }
        } else if (scope instanceof String ? op.onString() : scope instanceof Boolean ? op.onBoolean() : true) {
          return slowFind(op);
        }
      }
      return null;
    }

    private @Nullable Object slowFind(Op op) {
      try {
        return op.wrapper == null ? null : op.wrapper.call(new ArrayList<>(Arrays.asList(stack).subList(0, depth)));
      } catch (GuardException e) {
        throw new IllegalStateException("Look-up of '" + op.name + "' failed", e);
      }
    }

    private void section(Op op, @Nullable Object v) throws IOException {
      // exact-class checks first: an interface check against a class that lacks it is slow
      if (v == null) {
        return;
      }
      if (v instanceof Node || v instanceof Boolean b && b || v instanceof String s && !s.isEmpty()) {
        push(v);
        exec(op.body);
        pop();
        return;
      }
      if (v instanceof Boolean || v instanceof String) {
        return;
      }
      if (v instanceof List<?> list) {
        for (int i = 0, n = list.size(); i < n; i++) {
          each(op, list.get(i));
        }
      } else if (v instanceof Function || v instanceof Callable) {
        throw new IllegalStateException("Lambdas are not supported in compiled templates: " + op.name);
      } else if (v instanceof Iterable<?> it) {
        for (Object o : it) {
          each(op, o);
        }
      } else if (v instanceof Iterator<?> it) {
        while (it.hasNext()) {
          each(op, it.next());
        }
      } else if (v.getClass().isArray()) {
        for (int i = 0, n = Array.getLength(v); i < n; i++) {
          each(op, Array.get(v, i));
        }
      } else {
        push(v);
        exec(op.body);
        pop();
      }
    }

    private void each(Op op, @Nullable Object element) throws IOException {
      Object e = element instanceof Optional<?> o ? o.orElse(null) : element;
      if (e == null) {
        exec(op.body); // as Mustache.java does: a null element renders in the enclosing scope
        return;
      }
      push(e);
      exec(op.body);
      pop();
    }

    private static boolean falsey(@Nullable Object v) {
      if (v == null) {
        return true;
      }
      if (v instanceof Node) {
        return false;
      }
      if (v instanceof Boolean b) {
        return !b;
      }
      if (v instanceof String s) {
        return s.isEmpty();
      }
      if (v instanceof List<?> l) {
        return l.isEmpty();
      }
      if (v instanceof Iterable<?> it) {
        return !it.iterator().hasNext();
      }
      if (v instanceof Iterator<?> it) {
        return !it.hasNext();
      }
      if (v.getClass().isArray()) {
        return Array.getLength(v) == 0;
      }
      return false;
    }
  }

  // ---- recording Mustache.java's parse ----

  /** Thrown while compiling when a template needs Mustache.java itself. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** A parsed piece: text, a value, a section or inverted section with its body, or a partial. */
  private static final class Item {
    static final int PARTIAL = 4;
    final int kind;
    final String text;
    final String name;
    final @Nullable Recorded body;

    Item(int kind, String text, String name, @Nullable Recorded body) {
      this.kind = kind;
      this.text = text;
      this.name = name;
      this.body = body;
    }
  }

  /** What the parser made of one template or section body. */
  private static final class Recorded extends DefaultMustache {
    final List<Item> items;

    Recorded(TemplateContext tc, DefaultMustacheFactory factory, List<Item> items) {
      super(tc, factory, new Code[0], tc.file());
      this.items = items;
    }
  }

  /** Parses as {@link Templates} does, but records what it reads. */
  private static final class Factory extends DefaultMustacheFactory {
    Factory(MustacheResolver resolver) {
      super(resolver);
      setObjectHandler(HANDLER);
    }

    @Override
    public MustacheVisitor createMustacheVisitor() {
      return new Recorder(this);
    }
  }

  private static final class Recorder extends DefaultMustacheVisitor {
    private final List<Item> items = new ArrayList<>();

    Recorder(DefaultMustacheFactory factory) {
      super(factory);
    }

    private static String checked(String name) {
      if (!SIMPLE_NAME.matcher(name).matches()) {
        throw new Unsupported();
      }
      return name;
    }

    @Override
    public Mustache mustache(TemplateContext tc) {
      return new Recorded(tc, df, items);
    }

    @Override
    public void iterable(TemplateContext tc, String variable, Mustache mustache) {
      items.add(new Item(SECTION, "", checked(variable), (Recorded) mustache));
    }

    @Override
    public void notIterable(TemplateContext tc, String variable, Mustache mustache) {
      items.add(new Item(INVERTED, "", checked(variable), (Recorded) mustache));
    }

    @Override
    public void partial(TemplateContext tc, String variable, String indent) {
      // Mustache.java ignores the indent of a stand-alone partial tag; so does this.
      String resolved =
          new PartialCode(tc, df, variable) {
            String resolved() {
              return partialName();
            }
          }.resolved();
      items.add(new Item(Item.PARTIAL, "", resolved, null));
    }

    @Override
    public void value(TemplateContext tc, String variable, boolean encoded) {
      if (!encoded) {
        throw new Unsupported();
      }
      items.add(new Item(VALUE, "", checked(variable), null));
    }

    @Override
    public void write(TemplateContext tc, String text) {
      if (!text.isEmpty()) {
        items.add(new Item(TEXT, df.filterText(text, tc.startOfLine()), "", null));
      }
    }

    @Override
    public void comment(TemplateContext tc, String comment) {}

    @Override
    public void eof(TemplateContext tc) {}

    @Override
    public void pragma(TemplateContext tc, String pragma, String args) {
      throw new Unsupported();
    }

    @Override
    public void dynamicPartial(TemplateContext tc, String variable, String indent) {
      throw new Unsupported();
    }

    @Override
    public void extend(TemplateContext tc, String variable, Mustache mustache) {
      throw new Unsupported();
    }

    @Override
    public void name(TemplateContext tc, String variable, Mustache mustache) {
      throw new Unsupported();
    }

    @Override
    public void checkName(TemplateContext tc, String variable, Mustache mustache) {
      throw new Unsupported();
    }
  }

  /**
   * Mustache.java's simple handler, also asked whether it finds a member for a name on a string or
   * boolean scope. Asked lazily (only names looked up under such a scope) and cached, because each
   * miss costs it several exceptions; Mustache.java pays the same on its first render.
   */
  private static final class Handler extends SimpleObjectHandler {
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

    boolean answers(Class<?> type, String name) {
      return answers.computeIfAbsent(type.getName() + ' ' + name, k -> finds(type, name));
    }

    private boolean finds(Class<?> type, String name) {
      try {
        return findMember(type, name) != null;
      } catch (RuntimeException e) {
        return true; // Mustache.java fails on this member: let it, by handing it the look-up
      }
    }
  }
}
