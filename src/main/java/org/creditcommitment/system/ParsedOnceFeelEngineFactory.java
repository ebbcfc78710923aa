package org.creditcommitment.system;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper.CompositeValueMapper;

import camundajar.impl.scala.util.Either;

/**
 * The engine's own FEEL engine (the Scala one the DMN engine uses by default, with the same functions, value mappers
 * and configuration), except that it parses each expression text once. The DMN engine hands it the text of every
 * input expression, input entry and output entry on every evaluation, and parsing is a third of the work; a parsed
 * expression is an immutable syntax tree that depends on nothing but its text, so evaluation is unchanged.
 */
public class ParsedOnceFeelEngineFactory extends ScalaFeelEngineFactory {

  /** Every expression of every deployed decision many times over; the least recently used falls out first. */
  static final int MAX_EXPRESSIONS = 4096;

  private final Supplier<List<FeelCustomFunctionProvider>> functionProviders;

  /** @param functionProviders the DMN engine's custom FEEL functions, read when the engine is built */
  public ParsedOnceFeelEngineFactory(Supplier<List<FeelCustomFunctionProvider>> functionProviders) {
    this.functionProviders = functionProviders;
  }

  @Override
  public FeelEngine createInstance() {
    List<FeelCustomFunctionProvider> providers = functionProviders.get();
    return new ScalaFeelEngine(providers == null ? List.of() : providers) {
      @Override
      protected org.camunda.feel.FeelEngine buildFeelEngine(CustomFunctionTransformer functions,
          CompositeValueMapper values) {
        org.camunda.feel.FeelEngine built = super.buildFeelEngine(functions, values);
        return new ParsedOnce(built);
      }
    };
  }

  /** The Scala engine as built, with its two parse methods remembered by text. */
  static final class ParsedOnce extends org.camunda.feel.FeelEngine {

    private final RecentlyUsed<String, Either<Failure, ParsedExpression>> expressions =
        new RecentlyUsed<>(MAX_EXPRESSIONS);
    private final RecentlyUsed<String, Either<Failure, ParsedExpression>> unaryTests =
        new RecentlyUsed<>(MAX_EXPRESSIONS);

    ParsedOnce(org.camunda.feel.FeelEngine built) {
      super(built.functionProvider(), built.valueMapper(), built.configuration(), built.clock());
    }

    @Override
    public Either<Failure, ParsedExpression> parseExpression(String expression) {
      return parsed(expressions, expression, super::parseExpression);
    }

    @Override
    public Either<Failure, ParsedExpression> parseUnaryTests(String expression) {
      return parsed(unaryTests, expression, super::parseUnaryTests);
    }

    int size() {
      return expressions.size() + unaryTests.size();
    }

    private static Either<Failure, ParsedExpression> parsed(
        RecentlyUsed<String, Either<Failure, ParsedExpression>> cache, String text,
        Function<String, Either<Failure, ParsedExpression>> parse) {
      return text == null ? parse.apply(null) : cache.get(text, parse);
    }
  }
}
