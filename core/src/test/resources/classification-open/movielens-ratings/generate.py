#!/usr/bin/env python3
"""Writes movielens-ratings: an invented MovieLens-shaped export (seeded, stdlib only, ',' separated): ratings.csv
(userId, movieId, rating 0.5-5.0, timestamp Unix seconds), movies.csv (movieId, title "Toy Story (1995)", genres
Adventure|Animation), tags.csv (userId, movieId, tag, timestamp; free user-written tags, some naming actors), and
users.csv in the ML-1M users.dat shape written as CSV (UserID, Gender M/F, Age bracket code 1/18/25/35/45/50/56,
Occupation code 0-20, Zip-code 5 digits or ZIP+4). Coincidences: movie titles and tags holding words that are
towns or names (Fargo, Annie Hall, Casablanca, Philadelphia)."""
import csv, json, random, datetime
rnd = random.Random(240603)
MOVIES = [("Toy Story", 1995, "Adventure|Animation|Children|Comedy|Fantasy"), ("Jumanji", 1995, "Adventure|Children|Fantasy"),
          ("Heat", 1995, "Action|Crime|Thriller"), ("Casablanca", 1942, "Drama|Romance"), ("Fargo", 1996, "Comedy|Crime|Drama|Thriller"),
          ("Annie Hall", 1977, "Comedy|Romance"), ("Philadelphia", 1993, "Drama"), ("Amélie (Fabuleux destin d'Amélie Poulain, Le)", 2001, "Comedy|Romance"),
          ("Seven (a.k.a. Se7en)", 1995, "Mystery|Thriller"), ("Usual Suspects, The", 1995, "Crime|Mystery|Thriller"),
          ("Matrix, The", 1999, "Action|Sci-Fi|Thriller"), ("Pulp Fiction", 1994, "Comedy|Crime|Drama|Thriller"),
          ("Forrest Gump", 1994, "Comedy|Drama|Romance|War"), ("Jackie Brown", 1997, "Crime|Drama|Thriller"),
          ("Erin Brockovich", 2000, "Drama"), ("Paris, Texas", 1984, "Drama|Romance"), ("Nashville", 1975, "Drama|Musical"),
          ("Spirited Away (Sen to Chihiro no kamikakushi)", 2001, "Adventure|Animation|Fantasy"), ("Up", 2009, "Adventure|Animation|Children|Drama"),
          ("Inception", 2010, "Action|Crime|Drama|Mystery|Sci-Fi|Thriller|IMAX"), ("Her", 2013, "Drama|Romance|Sci-Fi"),
          ("Carol", 2015, "Drama|Romance"), ("Moonlight", 2016, "Drama"), ("Lady Bird", 2017, "Comedy|Drama"),
          ("Parasite", 2019, "Comedy|Drama|Thriller"), ("Nomadland", 2020, "Drama"), ("Dune", 2021, "Action|Adventure|Drama|Sci-Fi"),
          ("Brooklyn", 2015, "Drama|Romance"), ("Manchester by the Sea", 2016, "Drama"), ("Minari", 2020, "Drama"),
          ("Chicago", 2002, "Comedy|Crime|Drama|Musical"), ("Memento", 2000, "Mystery|Thriller"), ("Juno", 2007, "Comedy|Drama|Romance"),
          ("Amadeus", 1984, "Drama"), ("Rocky", 1976, "Drama"), ("Ghost", 1990, "Comedy|Drama|Fantasy|Romance|Thriller"),
          ("Alien", 1979, "Horror|Sci-Fi"), ("Babe", 1995, "Children|Drama"), ("Clueless", 1995, "Comedy|Romance"),
          ("Mulan", 1998, "Adventure|Animation|Children|Comedy|Drama|Musical|Romance"), ("Shrek", 2001, "Adventure|Animation|Children|Comedy|Fantasy|Romance"),
          ("Gladiator", 2000, "Action|Adventure|Drama"), ("Titanic", 1997, "Drama|Romance"), ("Amélie", 2001, "Comedy|Romance"),
          ("Sicario", 2015, "Crime|Drama|Mystery"), ("Arrival", 2016, "Sci-Fi"), ("Coco", 2017, "Adventure|Animation|Children"),
          ("Roma", 2018, "Drama"), ("Joker", 2019, "Crime|Drama|Thriller"), ("Soul", 2020, "Adventure|Animation|Comedy|Fantasy")]
movies, mid = [], 0
for i, (t, y, g) in enumerate(MOVIES):
    mid = i + 1 if i < 20 else mid + rnd.randint(1, 9000)
    movies.append([mid, "%s (%d)" % (t, y), g])
for k in range(70):
    mid += rnd.randint(1, 3000)
    movies.append([mid, "%s %s (%d)" % (rnd.choice(["Midnight", "Silent", "Last", "Broken", "Golden", "Hidden"]),
                                          rnd.choice(["Harbour", "Orchard", "Frontier", "Letters", "Summer", "Machine"]), rnd.randint(1950, 2023)),
                   rnd.choice(["Drama", "Comedy", "Horror|Thriller", "Documentary", "(no genres listed)", "Action|Sci-Fi"])])
ZIPS = ["48067", "70072", "55117", "02460", "55455", "98107-2117", "10023", "90210", "60614", "94110-3421", "33139", "78705",
        "01002", "80302", "27514", "97214", "21218", "15213", "48104", "53703"]
users = []
for u in range(1, 51):
    users.append([u, rnd.choice("MMF"), rnd.choice([1, 18, 18, 25, 25, 25, 35, 35, 45, 50, 56]), rnd.randint(0, 20),
                  rnd.choice(ZIPS) if rnd.random() < 0.4 else "%05d" % rnd.randint(1000, 99950)])
ratings, tags = [], []
for u in users:
    n = rnd.randint(20, 110)
    start = datetime.datetime(2000, 4, 25) + datetime.timedelta(days=rnd.randint(0, 8000))
    for m in rnd.sample(movies, min(n, len(movies))):
        t = start + datetime.timedelta(seconds=rnd.randint(0, 400 * 86400))
        ratings.append([u[0], m[0], rnd.choice([0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.0, 3.5, 3.5, 4.0, 4.0, 4.0, 4.5, 5.0, 5.0]),
                        int((t - datetime.datetime(1970, 1, 1)).total_seconds())])
        if rnd.random() < 0.08:
            tags.append([u[0], m[0], rnd.choice(["funny", "Pixar", "Tom Hanks", "dark comedy", "twist ending", "Nicolas Cage",
                                                 "atmospheric", "Fargo", "Coen Brothers", "watched with my sister Anna",
                                                 "Boston", "quirky", "visually appealing", "Philadelphia", "BD-R", "In Netflix queue"]),
                         int((t - datetime.datetime(1970, 1, 1)).total_seconds()) + rnd.randint(0, 600)])
ratings.sort(key=lambda r: (r[0], r[1])); tags.sort(key=lambda r: (r[0], r[1]))
ratings = ratings[:3000]
keep = {(r[0], r[1]) for r in ratings}
tags = [t for t in tags if (t[0], t[1]) in keep or True][:300]
RH, RL = ["userId", "movieId", "rating", "timestamp"], ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE"]
MH, ML = ["movieId", "title", "genres"], ["NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"]
TH, TL = ["userId", "movieId", "tag", "timestamp"], ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "FREE_TEXT", "DATE"]
UH, UL = ["UserID", "Gender", "Age", "Occupation", "Zip-code"], ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "ZIP_CODE"]
cols = {}
for name, head, lab, data in (("ratings", RH, RL, ratings), ("movies", MH, ML, movies), ("tags", TH, TL, tags), ("users", UH, UL, users)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(data)
    cols.update({name + "." + h: l for h, l in zip(head, lab)})
gold = {"dataset": "movielens-ratings",
        "description": "Invented MovieLens-shaped export: ratings (userId, movieId, rating, Unix-seconds timestamp), movies (title 'Toy Story (1995)', genres 'Adventure|Animation'), tags, and an ML-1M-style users table (Gender, Age bracket code, Occupation code, Zip-code) for 50 users",
        "delimiter": ",", "entity": "users", "columns": cols,
        "foreignKeys": [{"column": "ratings.userId", "references": "users.UserID"},
                        {"column": "ratings.movieId", "references": "movies.movieId"},
                        {"column": "tags.userId", "references": "users.UserID"},
                        {"column": "tags.movieId", "references": "movies.movieId"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")
