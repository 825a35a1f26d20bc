package org.cairn.ui.careplan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.cairn.model.CairnPackage;
import org.cairn.model.CarePlan;
import org.cairn.model.Goal;
import org.cairn.model.Intervention;
import org.cairn.model.Objective;
import org.cairn.model.Problem;
import org.cairn.ui.chart.Values;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What changed between two versions of a record, field by field, for the side-by-side view; for a care plan, Problems, goals,
 * objectives and interventions are matched by their ids, so a reordered objective is the same objective and a
 * renumbered one is a removal and an addition. Nested values that are not part of the tree (signatures, reviews,
 * dimension ratings) read as one row per item.
 */
public final class CarePlanDiff {

	/** How a row differs. */
	public enum Change {
		SAME, CHANGED, ADDED, REMOVED
	}

	/** One field of one element: where it is ("Objective 1.1"), which field, its text before and after. */
	public record Row(String place, String field, String before, String after) {

		public Change change() {
			if (before == null) {
				return Change.ADDED;
			}
			if (after == null) {
				return Change.REMOVED;
			}
			return before.equals(after) ? Change.SAME : Change.CHANGED;
		}
	}

	/** The features that make the tree; every other containment is shown as a field. */
	private static final List<EReference> TREE = List.of(CairnPackage.Literals.CARE_PLAN__PROBLEMS, CairnPackage.Literals.PROBLEM__GOAL,
			CairnPackage.Literals.GOAL__OBJECTIVES, CairnPackage.Literals.OBJECTIVE__INTERVENTIONS);

	private CarePlanDiff() {
	}

	/**
	 * The rows of {@code before} and {@code after} (either may be null: a plan not yet written), in the order of
	 * {@code after}, each element's removed fields and elements where they used to be.
	 */
	public static List<Row> compare(EObject before, EObject after) {
		return compare(before, after, java.util.function.Function.identity());
	}

	/** {@link #compare(EObject, EObject)}, people (signers, reviewers, staff) as {@code nameOf} names them. */
	public static List<Row> compare(EObject before, EObject after, java.util.function.Function<String, String> nameOf) {
		Map<String, Field> old = flatten(before, nameOf);
		Map<String, Field> now = flatten(after, nameOf);
		List<Row> rows = new ArrayList<>();
		List<String> keys = merge(new ArrayList<>(old.keySet()), new ArrayList<>(now.keySet()));
		for (String key : keys) {
			Field was = old.get(key);
			Field is = now.get(key);
			Field either = is != null ? is : was;
			rows.add(new Row(either.place(), either.field(), was == null ? null : was.value(), is == null ? null : is.value()));
		}
		return rows;
	}

	/** Only the rows that differ. */
	public static List<Row> changes(EObject before, EObject after) {
		return compare(before, after).stream().filter(row -> row.change() != Change.SAME).toList();
	}

	/** The new order, with each key only in the old list put right after the key that preceded it there. */
	private static List<String> merge(List<String> old, List<String> now) {
		List<String> merged = new ArrayList<>(now);
		String previous = null;
		for (String key : old) {
			if (!merged.contains(key)) {
				int at = previous == null ? 0 : merged.indexOf(previous) + 1;
				merged.add(at, key);
			}
			previous = key;
		}
		return merged;
	}

	private record Field(String place, String field, String value) {
	}

	private static Map<String, Field> flatten(EObject record, java.util.function.Function<String, String> nameOf) {
		Map<String, Field> fields = new LinkedHashMap<>();
		if (record != null) {
			flatten(record, "record", fields, nameOf);
		}
		return fields;
	}

	private static void flatten(EObject element, String key, Map<String, Field> fields, java.util.function.Function<String, String> nameOf) {
		String place = PlanWords.place(element);
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (TREE.contains(feature) || feature.getName().equals("id") || feature.isDerived() || feature.isTransient()) {
				continue;
			}
			if (feature instanceof EReference reference && reference.isContainment() && reference.isMany()) {
				// Each item its own row ("Plan review 2"), so that a review added reads as one row added.
				int index = 1;
				for (Object item : (Collection<?>) element.eGet(feature)) {
					EObject nested = (EObject) item;
					if (nested instanceof org.cairn.model.NoteSection section) {
						// a note's section reads as the note does: its heading, then its text
						fields.put(key + "/section/" + section.getKey(), new Field(place, section.getHeading() == null ? section.getKey() : section.getHeading(),
								Values.text(section.getText())));
					} else {
						fields.put(key + "/" + feature.getName() + "/" + index, new Field(place, Values.label(nested.eClass().getName()) + " " + index,
								line(nested, nameOf)));
					}
					index++;
				}
				continue;
			}
			String value;
			if (feature instanceof EAttribute) {
				value = Values.text(feature.getName(), element.eGet(feature), nameOf);
			} else if (feature instanceof EReference reference && reference.isContainment()) {
				value = element.eGet(feature) == null ? "" : line((EObject) element.eGet(feature), nameOf);
			} else {
				continue;
			}
			if (!value.isEmpty()) {
				fields.put(key + "/" + feature.getName(), new Field(place, Values.label(feature.getName()), value));
			}
		}
		if (element instanceof CarePlan plan) {
			for (Problem problem : plan.getProblems()) {
				flatten(problem, "problem:" + problem.getId(), fields, nameOf);
			}
		} else if (element instanceof Problem problem && problem.getGoal() != null) {
			flatten(problem.getGoal(), "goal:" + problem.getId(), fields, nameOf);
		} else if (element instanceof Goal goal) {
			for (Objective objective : goal.getObjectives()) {
				flatten(objective, "objective:" + objective.getId(), fields, nameOf);
			}
		} else if (element instanceof Objective objective) {
			for (Intervention intervention : objective.getInterventions()) {
				flatten(intervention, "intervention:" + intervention.getId(), fields, nameOf);
			}
		}
	}

	/** A nested value on one line: its set fields, "label: value", joined. */
	private static String line(EObject item, java.util.function.Function<String, String> nameOf) {
		return item.eClass().getEAllStructuralFeatures().stream().filter(item::eIsSet).map(feature -> {
			Object value = item.eGet(feature);
			String text = value instanceof EObject nested ? line(nested, nameOf) : Values.text(feature.getName(), value, nameOf);
			return Values.label(feature.getName()) + ": " + text;
		}).filter(Objects::nonNull).collect(Collectors.joining(", "));
	}
}
