package org.w3id.registre.server;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.util.Context;

/**
 * Jena's standard optimiser, preceded by three rewrites of the served queries (set on the dataset's context, so
 * only {@code serve} uses it):
 * <ul>
 * <li>{@code REGEX}, {@code REPLACE}, {@code fn:matches} and {@code fn:replace} become {@link DeadlineRegex} and
 * {@link DeadlineReplace}, which stop at the query's deadline; this runs before constant folding, which would
 * otherwise evaluate a constant catastrophic {@code REGEX} inside the optimiser, out of the timeout's reach;</li>
 * <li>{@code LIMIT 0} becomes the empty table: Jena 5.6.0's top-N iterator closes its input at once when the limit is
 * 0, and a hash join closed before it was built throws a {@code NullPointerException} (catalogue question 03 with
 * {@code LIMIT 0} answered 500);</li>
 * <li>the request's {@link QueryDeadline} learns the query's cancel flag, so that the server can tell a result cut by
 * the timeout from a whole one.</li>
 * </ul>
 */
final class GuardedOptimizer implements RewriteFactory {

    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    /** Installs the optimiser on a dataset's context: the queries served from it, and only them, use it. */
    static void install(Context context) {
        context.set(ARQConstants.sysOptimizerFactory, new GuardedOptimizer());
    }

    @Override
    public Rewrite create(Context context) {
        Rewrite standard = Optimize.stdOptimizationFactory.create(context);
        return op -> {
            QueryDeadline deadline = QueryDeadline.current();
            if (deadline != null) {
                deadline.watch(Context.getCancelSignal(context));
                deadline.check();
            }
            return standard.rewrite(rewrite(op));
        };
    }

    /** The rewrites above, without the standard optimiser. */
    static Op rewrite(Op op) {
        return Transformer.transform(new EmptyLimitZero(), new BoundedRegex(), op);
    }

    private static final class EmptyLimitZero extends TransformCopy {
        @Override
        public Op transform(OpSlice slice, Op sub) {
            return slice.getLength() == 0 ? OpTable.empty() : super.transform(slice, sub);
        }
    }

    private static final class BoundedRegex extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            try {
                if (func instanceof E_Regex && !(func instanceof DeadlineRegex)) {
                    return regex(args);
                }
                if (func instanceof E_StrReplace && !(func instanceof DeadlineReplace)) {
                    return replace(args);
                }
                if (func instanceof E_Function f) {
                    String iri = f.getFunctionIRI();
                    if ((FN + "matches").equals(iri) && (args.size() == 2 || args.size() == 3)) {
                        return regex(args);
                    }
                    if ((FN + "replace").equals(iri) && (args.size() == 3 || args.size() == 4)) {
                        return replace(args);
                    }
                }
            } catch (ExprEvalException e) {
                // A constant pattern that does not compile: left as written, Jena reports it as an evaluation error
                // for each row, as it would have.
            }
            return super.transform(func, args);
        }

        private static Expr regex(ExprList args) {
            return new DeadlineRegex(args.get(0), args.get(1), args.size() == 3 ? args.get(2) : null);
        }

        private static Expr replace(ExprList args) {
            return new DeadlineReplace(args.get(0), args.get(1), args.get(2), args.size() == 4 ? args.get(3) : null);
        }
    }
}
