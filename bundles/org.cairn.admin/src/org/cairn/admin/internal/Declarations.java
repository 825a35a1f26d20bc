package org.cairn.admin.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.cairn.admin.AdminCommand;
import org.cairn.admin.UsageException;

import picocli.CommandLine.Help;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a command's options as it declares them with picocli's annotations ({@link AdminCommand#options()}): the
 * parser, named as the administrator types it ({@code cairn admin users add}), what a call selected, and the usage
 * help generated from the declarations. One place, so the command line and a command called directly parse alike.
 */
public final class Declarations {

	/**
	 * How the command line is called: "cairn admin", or a branded build's "harbour admin" (the launcher passes its
	 * own name as the system property {@code cairn.launcher}).
	 */
	public static final String PREFIX = System.getProperty("cairn.launcher", "cairn").strip() + " admin";

	private static final int WIDTH = 100;

	private Declarations() {
	}

	/** Whether {@code command} declares its options rather than reading its arguments itself. */
	public static boolean declares(AdminCommand command) {
		return command.options() != null;
	}

	/**
	 * A parser for one call of {@code command}: a new options object, {@code -h}/{@code --help} on the command and
	 * each subcommand, and the command's summary and description where the annotations give none.
	 *
	 * @throws picocli.CommandLine.InitializationException when the declarations are not valid
	 */
	public static picocli.CommandLine parser(AdminCommand command) {
		picocli.CommandLine parser = new picocli.CommandLine(command.options());
		parser.setCommandName(PREFIX + " " + command.name());
		// An argument that starts with @ is a value (a file, a name), never a file of further arguments.
		parser.setExpandAtFiles(false);
		parser.setUsageHelpWidth(WIDTH);
		ITypeConverter<Integer> wholeNumber = value -> {
			try {
				return Integer.valueOf(value.strip());
			} catch (NumberFormatException e) {
				throw new TypeConversionException("'" + value + "' is not a whole number");
			}
		};
		parser.registerConverter(Integer.class, wholeNumber);
		parser.registerConverter(Integer.TYPE, wholeNumber);
		parser.registerConverter(LocalDate.class, value -> {
			try {
				return LocalDate.parse(value.strip());
			} catch (DateTimeParseException e) {
				throw new TypeConversionException("'" + value + "' is not a date (yyyy-mm-dd)");
			}
		});
		Set<Class<?>> choices = new LinkedHashSet<>();
		for (picocli.CommandLine each : tree(parser)) {
			CommandSpec spec = each.getCommandSpec();
			for (ArgSpec arg : spec.args()) {
				Stream.concat(Stream.of(arg.type()), Stream.of(arg.auxiliaryTypes())).filter(Class::isEnum).forEach(choices::add);
			}
			// in the order they are declared
			spec.usageMessage().sortOptions(false).sortSynopsis(false);
			if (spec.findOption("--help") == null && spec.findOption("-h") == null) {
				spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help.").build());
			}
		}
		choices.forEach(type -> register(parser, type));
		CommandSpec top = parser.getCommandSpec();
		if (top.usageMessage().description().length == 0) {
			top.usageMessage().description(literal(command.summary()));
		}
		if (top.usageMessage().footer().length == 0 && !command.description().isBlank()) {
			List<String> footer = new ArrayList<>();
			footer.add("");
			command.description().stripTrailing().lines().map(Declarations::literal).forEach(footer::add);
			top.usageMessage().footer(footer.toArray(String[]::new));
		}
		return parser;
	}

	/**
	 * A fixed set of values as an enum, named in any case by what it shows ({@code toString}: "pdf") or by its
	 * constant's name, and refused in the words the help uses.
	 */
	private static <E> void register(picocli.CommandLine parser, Class<E> type) {
		List<E> values = List.of(type.getEnumConstants());
		parser.registerConverter(type, value -> {
			for (E each : values) {
				if (each.toString().equalsIgnoreCase(value.strip()) || ((Enum<?>) each).name().equalsIgnoreCase(value.strip())) {
					return each;
				}
			}
			throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ", values.stream().map(String::valueOf).toList()));
		});
	}

	/** Text as it is: picocli reads descriptions as format strings. */
	private static String literal(String text) {
		return text.replace("%", "%%");
	}

	private static List<picocli.CommandLine> tree(picocli.CommandLine root) {
		List<picocli.CommandLine> all = new ArrayList<>();
		all.add(root);
		root.getSubcommands().values().forEach(sub -> all.addAll(tree(sub)));
		return all;
	}

	/**
	 * What a call selected: the innermost command given (a subcommand, or the command itself), whose options object
	 * picocli filled, and whether it asked for help instead.
	 */
	public record Parsed(picocli.CommandLine selected, boolean helpRequested) {

		/** The filled options object of the command or subcommand given. */
		public Object options() {
			return selected.getCommandSpec().userObject();
		}

		/** As the administrator typed it: "cairn admin users add". */
		public String name() {
			return selected.getCommandSpec().qualifiedName();
		}

		public String usage() {
			return Declarations.usage(selected);
		}
	}

	/** Wrong arguments to a declared command, with the (sub)command they were given to, for its usage. */
	public static final class UsageError extends UsageException {

		private static final long serialVersionUID = 1L;

		private final transient picocli.CommandLine where;

		UsageError(String message, picocli.CommandLine where) {
			super(message);
			this.where = where;
		}

		/** As the administrator typed it: "cairn admin users add". */
		public String name() {
			return where.getCommandSpec().qualifiedName();
		}

		public String usage() {
			return Declarations.usage(where);
		}
	}

	/**
	 * Parses {@code args} as {@code command} declares them.
	 *
	 * @throws UsageError when an option is unknown, a value is missing or has the wrong type, or a command with
	 *                    subcommands was given none
	 */
	public static Parsed parse(AdminCommand command, List<String> args) throws UsageError {
		picocli.CommandLine parser = parser(command);
		try {
			ParseResult result = parser.parseArgs(args.toArray(String[]::new));
			boolean help = result.isUsageHelpRequested();
			while (result.hasSubcommand()) {
				result = result.subcommand();
				help |= result.isUsageHelpRequested();
			}
			picocli.CommandLine selected = result.commandSpec().commandLine();
			if (!help && !selected.getSubcommands().isEmpty()) {
				throw new UsageError("Missing required subcommand (one of: " + String.join(", ", selected.getSubcommands().keySet()) + ")", selected);
			}
			return new Parsed(selected, help);
		} catch (ParameterException e) {
			throw new UsageError(e.getMessage(), e.getCommandLine());
		}
	}

	/**
	 * The usage help of {@code command}, or of its subcommand named by {@code path} ("add" for "users add").
	 *
	 * @return null when there is no such subcommand
	 */
	public static String usage(AdminCommand command, List<String> path) {
		picocli.CommandLine at = parser(command);
		for (String name : path) {
			at = at.getSubcommands().get(name);
			if (at == null) {
				return null;
			}
		}
		return usage(at);
	}

	private static String usage(picocli.CommandLine command) {
		return command.getUsageMessage(Help.Ansi.OFF);
	}

	/** The synopsis after "cairn admin" on one line, for {@link AdminCommand#usage()}. */
	public static String synopsis(AdminCommand command) {
		String synopsis = parser(command).getHelp().synopsis(0).strip().replaceAll("\\s+", " ");
		synopsis = synopsis.startsWith("Usage: ") ? synopsis.substring("Usage: ".length()) : synopsis;
		return synopsis.startsWith(PREFIX + " ") ? synopsis.substring(PREFIX.length() + 1) : synopsis;
	}
}
