package org.w3id.registre.server;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REGEX} as Jena evaluates it with {@code java.util.regex} (same flags, same errors), except that the
 * text is read through {@link DeadlineChars}: a catastrophic pattern stops at the query's deadline instead of
 * holding its thread for minutes. {@link GuardedOptimizer} puts it in place of every {@code REGEX} and
 * {@code fn:matches} before Jena's optimiser runs, as constant folding already evaluates {@code REGEX("…", "…")}.
 */
final class DeadlineRegex extends E_Regex {

    /** The compiled pattern when pattern and flags are constants, else null (compiled for each row). */
    private final Pattern constant;

    DeadlineRegex(Expr text, Expr pattern, Expr flags) {
        super(text, pattern, flags);
        this.constant = pattern.isConstant() && (flags == null || flags.isConstant())
                ? compile(pattern.getConstant(), flags == null ? null : flags.getConstant()) : null;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        Pattern pattern = constant != null ? constant
                : compile(args.get(1), args.size() == 2 ? null : args.get(2));
        return NodeValue.booleanReturn(pattern.matcher(chars(text.getLiteralLexicalForm(), env)).find());
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    @Override
    public Expr copy(ExprList args) {
        return new DeadlineRegex(args.get(0), args.get(1), args.size() == 2 ? null : args.get(2));
    }

    /** The text to match, read under the request's deadline and the query's cancel flag. */
    static CharSequence chars(String text, FunctionEnv env) {
        AtomicBoolean signal = env instanceof ExecutionContext cxt ? cxt.getCancelSignal() : null;
        return new DeadlineChars(text, QueryDeadline.current(), signal);
    }

    /** Jena's checks on a REGEX pattern and its flags ({@code E_Regex.makeRegexEngine}), to a Java pattern. */
    static Pattern compile(NodeValue pattern, NodeValue flags) {
        if (!pattern.isString()) {
            throw new ExprEvalException("REGEX: Pattern is not a string: " + pattern);
        }
        if (flags != null && !flags.isString()) {
            throw new ExprEvalException("REGEX: Pattern flags are not a string: " + flags);
        }
        String f = flags == null ? null : flags.getString();
        if (f != null && !f.chars().allMatch(c -> "smixq".indexOf(c) >= 0)) {
            throw new ExprEvalException("REGEX: Only 'smixq' are legal as pattern flags: got \"" + f + "\"");
        }
        return RegexEngine.makePattern("Regex", pattern.getString(), f);
    }
}
