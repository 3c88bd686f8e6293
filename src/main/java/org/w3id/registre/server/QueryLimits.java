package org.w3id.registre.server;

import java.util.List;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.SortCondition;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpAssign;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.Path;

/**
 * What a query may be before Jena's optimiser sees it. The optimiser cannot be stopped once started (it does not
 * look at the timeout) and some of its passes grow exponentially with the nesting of {@code EXISTS}: nested
 * {@code FILTER NOT EXISTS} cost 0.5 s at depth 16, 3 s at 20 and minutes at 26, all before the first row. Other
 * shapes are linear in time but recursive in Jena's code, so a deep enough tree (a property path of 8,000 steps,
 * {@code 1+1+…+1}) overflows the thread's stack in the writer or the optimiser. The limits here are checked on the
 * algebra as compiled (one linear pass, never deeper than the limit itself) and are far above what a real question
 * needs: the catalogue's deepest query (03) nests 23 levels, and none has more than one {@code EXISTS}.
 */
final class QueryLimits {

    /** Largest query text, in UTF-8 bytes (413 above). */
    static final int MAX_QUERY_BYTES = 256 * 1024;
    /** Deepest nesting of operators, expressions and path steps together. */
    static final int MAX_DEPTH = 128;
    /** Deepest nesting of {@code EXISTS} / {@code NOT EXISTS} inside one another. */
    static final int MAX_EXISTS_DEPTH = 8;
    /** Most {@code EXISTS} / {@code NOT EXISTS} in one query: 1,000 side by side cost 8 s of optimiser. */
    static final int MAX_EXISTS = 64;

    /** The base Fuseki's query endpoint parses with ({@code SPARQLQueryProcessor}). */
    private static final String PARSE_BASE = Fuseki.BaseParserSPARQL;

    private QueryLimits() {
    }

    /** Why a query is refused: the HTTP status and a bilingual message. */
    record Refusal(int status, String message) {
    }

    /**
     * The refusal for a query text, or null when it may run. A text that is not a query gets Fuseki's own 400
     * message ({@code Parse error: …}).
     */
    static Refusal check(String text) {
        Op op;
        try {
            Query query = QueryFactory.create(text, PARSE_BASE, Syntax.syntaxARQ);
            op = Algebra.compile(query);
        } catch (StackOverflowError e) {
            return tooDeep();
        } catch (QueryParseException e) {
            // Jena's parser reports its own stack overflow as a parse error. Any other parse error is answered here
            // as Fuseki would (same parser, same base, same message), rather than parsed twice more downstream.
            return e.getCause() instanceof StackOverflowError ? tooDeep()
                    : new Refusal(400, SPARQLProtocol.messageForParseException(e));
        } catch (RuntimeException e) {
            return null;
        }
        try {
            new Walk().op(op, 0, 0);
            return null;
        } catch (StackOverflowError e) {
            return tooDeep();
        } catch (TooDeep e) {
            return e.exists ? new Refusal(400, "requête refusée : plus de " + MAX_EXISTS_DEPTH
                    + " EXISTS / NOT EXISTS imbriqués, ou plus de " + MAX_EXISTS + " en tout / query refused: more"
                    + " than " + MAX_EXISTS_DEPTH + " nested EXISTS / NOT EXISTS, or more than " + MAX_EXISTS
                    + " in all") : tooDeep();
        }
    }

    /**
     * The nesting of a query that parses, as {@code [depth, EXISTS depth, EXISTS count]}, each counted until a limit
     * is passed; null when the text does not parse.
     */
    static int[] nesting(String text) {
        Walk walk = new Walk();
        try {
            walk.op(Algebra.compile(QueryFactory.create(text, Syntax.syntaxARQ)), 0, 0);
        } catch (TooDeep e) {
            // the maxima seen so far are past a limit: that is all the caller needs to know
        } catch (RuntimeException e) {
            return null;
        }
        return new int[] {walk.maxDepth, walk.maxExists, walk.existsCount};
    }

    private static Refusal tooDeep() {
        return new Refusal(400, "requête refusée : imbrication plus profonde que " + MAX_DEPTH
                + " niveaux (groupes, expressions, chemins) / query refused: nested deeper than " + MAX_DEPTH
                + " levels (groups, expressions, paths)");
    }

    /** Thrown as soon as a limit is passed: the walk never recurses deeper than the limit. */
    private static final class TooDeep extends RuntimeException {
        final boolean exists;

        TooDeep(boolean exists) {
            super(null, null, false, false);
            this.exists = exists;
        }
    }

    /** Depth-first walk of an algebra expression, with its depth and its {@code EXISTS} depth. */
    private static final class Walk {

        int maxDepth;
        int maxExists;
        int existsCount;

        private void enter(int depth, int exists) {
            maxDepth = Math.max(maxDepth, depth);
            maxExists = Math.max(maxExists, exists);
            if (exists > MAX_EXISTS_DEPTH) {
                throw new TooDeep(true);
            }
            if (depth > MAX_DEPTH) {
                throw new TooDeep(false);
            }
        }

        void op(Op op, int depth, int exists) {
            enter(depth, exists);
            int d = depth + 1;
            if (op instanceof Op1 op1) {
                if (op1 instanceof OpFilter f) {
                    exprs(f.getExprs(), d, exists);
                } else if (op1 instanceof OpExtend e) {
                    vars(e.getVarExprList(), d, exists);
                } else if (op1 instanceof OpAssign a) {
                    vars(a.getVarExprList(), d, exists);
                } else if (op1 instanceof OpGroup g) {
                    vars(g.getGroupVars(), d, exists);
                    for (ExprAggregator agg : g.getAggregators()) {
                        expr(agg, d, exists);
                    }
                } else if (op1 instanceof OpOrder o) {
                    sort(o.getConditions(), d, exists);
                } else if (op1 instanceof OpTopN t) {
                    sort(t.getConditions(), d, exists);
                }
                op(op1.getSubOp(), d, exists);
            } else if (op instanceof Op2 op2) {
                if (op2 instanceof OpLeftJoin lj) {
                    exprs(lj.getExprs(), d, exists);
                }
                op(op2.getLeft(), d, exists);
                op(op2.getRight(), d, exists);
            } else if (op instanceof OpN opN) {
                for (Op sub : opN.getElements()) {
                    op(sub, d, exists);
                }
            } else if (op instanceof OpPath p) {
                path(p.getTriplePath().getPath(), d, exists);
            }
        }

        void expr(Expr expr, int depth, int exists) {
            enter(depth, exists);
            int d = depth + 1;
            if (expr instanceof ExprFunctionOp f) {
                if (++existsCount > MAX_EXISTS) {
                    throw new TooDeep(true);
                }
                op(f.getGraphPattern(), d, exists + 1);
            }
            if (expr instanceof ExprAggregator agg) {
                exprs(agg.getAggregator().getExprList(), d, exists);
            } else if (expr instanceof ExprFunction f) {
                for (Expr arg : f.getArgs()) {
                    expr(arg, d, exists);
                }
            }
        }

        void path(Path path, int depth, int exists) {
            enter(depth, exists);
            if (path instanceof P_Path1 p1) {
                path(p1.getSubPath(), depth + 1, exists);
            } else if (path instanceof P_Path2 p2) {
                path(p2.getLeft(), depth + 1, exists);
                path(p2.getRight(), depth + 1, exists);
            }
        }

        private void exprs(ExprList exprs, int depth, int exists) {
            if (exprs != null) {
                for (Expr e : exprs) {
                    expr(e, depth, exists);
                }
            }
        }

        private void vars(VarExprList vars, int depth, int exists) {
            vars.forEachExpr((v, e) -> expr(e, depth, exists));
        }

        private void sort(List<SortCondition> conditions, int depth, int exists) {
            for (SortCondition c : conditions) {
                expr(c.getExpression(), depth, exists);
            }
        }
    }
}
