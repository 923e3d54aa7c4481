// Words that look like triggers in news idioms: phrases that are one event
// ("opened fire"), captions, nouns that only describe another noun, and
// verb + object idioms that name no happening of the verb's type.
#include <catch2/catch.hpp>

#include "text_helpers.h"

using namespace annals::testing;

TEST_CASE("opening and returning fire are attacks, not openings or returns", "[text][events]") {
  const auto ex = annals::extract_events(story(
      "Two gunmen opened fire on a checkpoint in Lagos. Soldiers returned fire.", "2024-03-06"));
  CHECK(has_type(ex, "attack"));
  CHECK_FALSE(has_type(ex, "open"));
  CHECK_FALSE(has_type(ex, "return"));

  // The one-word triggers still stand alone.
  const auto shop = annals::extract_events(
      story("Ikea opened a store in Lima. The ambassador returned to Quito.", "2024-03-06"));
  CHECK(has_type(shop, "open"));
  CHECK(has_type(shop, "return"));
}

TEST_CASE("a photo caption's position note is not a departure", "[text][events]") {
  const auto ex = annals::extract_events(
      story("Chancellor Olaf Scholz, left, and President Emmanuel Macron shake hands in Paris.",
            "2024-03-06"));
  CHECK_FALSE(has_type(ex, "leave"));
  const auto left =
      annals::extract_events(story("Olaf Scholz left Paris on Tuesday.", "2024-03-06"));
  CHECK(has_type(left, "leave"));
}

TEST_CASE("a trigger noun describing the next noun names no happening", "[text][events]") {
  const auto ex = annals::extract_events(
      story("The judge signed an arrest warrant. The firm sold its investment portfolio. Workers "
            "cleared the launch site.",
            "2024-03-06"));
  CHECK_FALSE(has_type(ex, "arrest"));
  CHECK_FALSE(has_type(ex, "invest"));
  CHECK_FALSE(has_type(ex, "launch"));
  // A gerund takes an object: obtaining loans is receiving them.
  const auto gerund = annals::extract_events(
      story("Pablo Ruiz admitted obtaining loans by fraud in 2019.", "2024-03-06"));
  CHECK(has_type(gerund, "receive"));
}

TEST_CASE("plural nouns that look like verbs are not events", "[text][events]") {
  const auto ex = annals::extract_events(story(
      "Queues formed at polling stations in Dakar. Some states expect a high turnout. Traders "
      "saw signs of inflation.",
      "2024-03-06"));
  CHECK_FALSE(has_type(ex, "deploy"));
  CHECK_FALSE(has_type(ex, "say"));
  CHECK_FALSE(has_type(ex, "sign"));
  // With a name as subject the verb reading stays.
  const auto verb =
      annals::extract_events(story("Japan stations troops in Okinawa.", "2024-03-06"));
  CHECK(has_type(verb, "deploy"));
}

TEST_CASE("verb and object idioms name the object's event, not the verb's", "[text][events]") {
  const auto ex = annals::extract_events(
      story("Lavrov will pay a visit to Minsk on June 19. The vote sent a clear signal to Paris. "
            "The striker "
            "delivered a great quality of football. Rebels must drop their weapons. A rocket named "
            "Comet flew.",
            "2024-03-06"));
  CHECK(has_type(ex, "visit"));
  CHECK_FALSE(has_type(ex, "pay"));
  CHECK_FALSE(has_type(ex, "deploy"));
  CHECK_FALSE(has_type(ex, "supply"));
  CHECK_FALSE(has_type(ex, "fall"));
  CHECK_FALSE(has_type(ex, "appoint"));
  // The plain readings stay: paying a sum, sending troops, naming a chief.
  const auto plain = annals::extract_events(story(
      "Chile paid the bill. Turkey sent troops. The board named Ana Diaz chief executive. Oil "
      "dropped 5 percent.",
      "2024-03-06"));
  CHECK(has_type(plain, "pay"));
  CHECK(has_type(plain, "deploy"));
  CHECK(has_type(plain, "appoint"));
  CHECK(has_type(plain, "fall"));
}

TEST_CASE("sports pages: a claimed title is a win, falling to a player a loss", "[text][events]") {
  const auto ex = annals::extract_events(
      story("Iga Swiatek claimed her fifth title on Sunday. She had fallen to Coco Gauff in May.",
            "2024-03-06"));
  CHECK(has_type(ex, "win"));
  CHECK(has_type(ex, "lose"));
  CHECK_FALSE(has_type(ex, "say"));
  CHECK_FALSE(has_type(ex, "fall"));
  // Claims and falls elsewhere keep their reading.
  const auto other = annals::extract_events(
      story("Hamas claimed the attack. Oil fell to $70 on Monday.", "2024-03-06"));
  CHECK(has_type(other, "say"));
  CHECK(has_type(other, "fall"));
}
