package org.w3id.registre.server;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REPLACE} as Jena evaluates it ({@code XSDFuncOp.strReplace}: an empty match is replaced once, the
 * result keeps the input's language tag or datatype), reading the text through {@link DeadlineChars} so that a
 * catastrophic pattern stops at the query's deadline; see {@link DeadlineRegex}.
 */
final class DeadlineReplace extends E_StrReplace {

    private final Pattern constant;

    DeadlineReplace(Expr text, Expr pattern, Expr replacement, Expr flags) {
        super(text, pattern, replacement, flags);
        this.constant = pattern.isConstant() && pattern.getConstant().isString()
                && (flags == null || flags.isConstant() && flags.getConstant().isString())
                ? RegexEngine.makePattern("REPLACE", pattern.getConstant().getString(),
                        flags == null ? null : flags.getConstant().getString())
                : null;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        NodeValue input = args.get(0);
        String text = NodeValueOps.checkAndGetStringLiteral("replace", input).getLiteralLexicalForm();
        Pattern pattern = constant;
        if (pattern == null) {
            String p = NodeValueOps.checkAndGetStringLiteral("replace", args.get(1)).getLiteralLexicalForm();
            String flags = args.size() == 4
                    ? NodeValueOps.checkAndGetStringLiteral("replace", args.get(3)).getLiteralLexicalForm() : null;
            pattern = RegexEngine.makePattern("replace", p, flags);
        }
        String replacement = NodeValueOps.checkAndGetStringLiteral("replace", args.get(2)).getLiteralLexicalForm();
        String replaced = replaceAll(pattern.matcher(DeadlineRegex.chars(text, env)), replacement);
        if (replaced == null || replaced.equals(text)) {
            return input;
        }
        Node node = input.asNode();
        return NodeValue.makeNode(NodeFactory.createLiteral(replaced, node.getLiteralLanguage(),
                node.getLiteralDatatype()));
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    @Override
    public Expr copy(ExprList args) {
        return new DeadlineReplace(args.get(0), args.get(1), args.get(2), args.size() == 4 ? args.get(3) : null);
    }

    /** Jena's replaceAll: after a first match, a zero-length match is skipped (F&O would call it an error). */
    private static String replaceAll(Matcher matcher, String replacement) {
        try {
            StringBuilder sb = null;
            while (matcher.find()) {
                if (sb == null) {
                    sb = new StringBuilder();
                } else if (matcher.start() == matcher.end()) {
                    continue;
                }
                matcher.appendReplacement(sb, replacement);
            }
            if (sb == null) {
                return null;
            }
            matcher.appendTail(sb);
            return sb.toString();
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: " + e.getMessage());
        }
    }
}
